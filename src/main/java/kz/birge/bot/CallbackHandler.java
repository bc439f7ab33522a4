package kz.birge.bot;

import java.util.function.BiConsumer;

/** Answers taps on the buttons of one callback data type. */
public interface CallbackHandler<T extends CallbackData> {

	Class<T> type();

	void onCallback(BotContext ctx, T data);

	/** A handler that passes the decoded data to {@code action}. */
	static <T extends CallbackData> CallbackHandler<T> of(Class<T> type, BiConsumer<BotContext, T> action) {
		return new CallbackHandler<>() {

			@Override
			public Class<T> type() {
				return type;
			}

			@Override
			public void onCallback(BotContext ctx, T data) {
				action.accept(ctx, data);
			}

			@Override
			public String toString() {
				return "CallbackHandler(" + type.getSimpleName() + ")";
			}

		};
	}

}
