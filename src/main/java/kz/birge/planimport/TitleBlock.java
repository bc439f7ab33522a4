package kz.birge.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan's front matter as it is printed: its approval stamps («УТВЕРЖДАЮ», «БЕКІТЕМІН»,
 * «СОГЛАСОВАНО», «КЕЛІСІЛДІ» with the post, the signature line, the initials and the
 * stamp's date) apart from its lines of text. Two stamps may stand side by side, and a
 * stamp beside the title, in one paragraph whose parts are set apart by tabs or runs of
 * spaces; a paragraph may hold several lines.
 */
final class TitleBlock {

	/** The word that opens a stamp, at the start of its part of a line. */
	private static final Pattern STAMP_WORD = Pattern.compile(
			"^[«\"“„]?\\s*(БЕКІТЕМІН|БЕКІТІЛДІ|БЕКІТЕЙМІН|БЕКСЕМЕН|КЕЛІСЕМІН|КЕЛІСІЛДІ|УТВЕРЖДАЮ|УТВЕРЖДЕНО|УТВЕРЖДЕН"
					+ "|СОГЛАСОВАНО|СОГЛАСОВАН|СОГЛАСУЮ|ПРИНЯТО|ҚАБЫЛДАНДЫ|APPROVED|AGREED)(?!\\p{L})\\s*[»\"”]?\\s*[:.]?\\s*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** A second stamp word in the same part of a line: "УТВЕРЖДАЮ СОГЛАСОВАНО". */
	private static final Pattern SECOND_STAMP_WORD = Pattern.compile(
			"\\s(?=[«\"“„]?(?:БЕКІТЕМІН|БЕКІТІЛДІ|КЕЛІСЕМІН|КЕЛІСІЛДІ|УТВЕРЖДАЮ|УТВЕРЖДЕНО|СОГЛАСОВАНО|ҚАБЫЛДАНДЫ|ПРИНЯТО)(?!\\p{L}))",
			Pattern.UNICODE_CASE);

	/** Stamp words that approve: the signatory heads the organisation. */
	private static final Pattern APPROVING = Pattern.compile("БЕКІТ|БЕКС|УТВЕРЖД|APPROVED",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Where the parts of a line set side by side are split. */
	private static final Pattern SIDE_BY_SIDE = Pattern.compile("\\t+|\\s{3,}");

	/**
	 * A stamp's date or a year alone, once or side by side: "«___» _______ 2025 г.",
	 * "«01» сентября 2025 года", "2026 ж.", "« » _____ 20__ ж.", "01.09.2025".
	 */
	private static final Pattern DATE = Pattern.compile(
			"^(?:[«»\"\\s_.,]*(?:\\d{1,2}[\\s.]*)?[«»\"\\s_.]*(?:\\p{L}+\\s+)?(?:20\\d\\d|20__|20\\s*_+)\\s*(?:ж|жыл|жылы|жылғы|г|год|года)?\\.?\\s*"
					+ "|\\s*\\d{1,2}\\.\\d{1,2}\\.(?:20)?\\d\\d\\s*(?:ж|г)?\\.?\\s*"
					+ "|\\s*20\\d\\d\\s*(?:ж\\.?|жыл\\p{L}*)\\s*[«\"]?\\s*\\d{1,2}\\s*[»\"]?\\s*\\p{L}+\\s*)+$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * What else a stamp carries after its signature: an order or a protocol ("Приказ №45
	 * от 30.08.2025", "Хаттама №1"), the seal ("М.П.", "М.О.").
	 */
	private static final Pattern TAIL = Pattern.compile(
			"^(?:приказ|протокол|пр\\.|бұйрық|буйрык|хаттама|педагогическ|педагогикалық|от\\s+\\d|№\\s*\\d|м\\.\\s*[по]\\.?)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * A signature: a line to sign on, or a person's initials and surname ("А.Б.
	 * Серікова", "Иванова А.Б."), or the word for a signature.
	 */
	private static final Pattern SIGNATURE = Pattern.compile(
			"_{3,}|(?<!\\p{L})(?:\\p{Lu}\\.\\s*){1,2}\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\.\\s*(?:\\p{Lu}\\.?)?(?!\\p{L})"
					+ "|(?<!\\p{L})(?:қолы|подпись)(?!\\p{L})",
			Pattern.UNICODE_CASE);

	/** Words of a post: "Директор", "орынбасары", "Зам. директора по ВР", "и.о.". */
	private static final Pattern POST = Pattern.compile(
			"(?<!\\p{L})(?:директор\\p{L}*|орынбасар\\p{L}*|заместител\\p{L}*|зам\\.|басшы\\p{L}*|руководител\\p{L}*"
					+ "|начальник\\p{L}*|меңгеруш\\p{L}*|заведующ\\p{L}*|председател\\p{L}*|төраға\\p{L}*|әкім\\p{L}*|аким"
					+ "|и\\.\\s*о\\.|м\\.\\s*а\\.|жөніндегі|по\\s+(?:ВР|УВР|УР|воспитательной))(?!\\p{L})",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern PLAN_WORD = Pattern.compile("жоспар|план|plan",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** The most lines a stamp takes before its signature. */
	private static final int MAX_STAMP_LINES = 6;

	/** The most words in a line of a stamp. */
	private static final int MAX_STAMP_WORDS = 20;

	private final List<Line> text = new ArrayList<>();

	private final List<Stamp> stamps = new ArrayList<>();

	private final List<Open> open = new ArrayList<>();

	private TitleBlock() {
	}

	/** A line of text and the paragraph it stands in, counted from 0. */
	record Line(int paragraph, String text) {
	}

	/**
	 * An approval stamp.
	 *
	 * @param paragraph the paragraph of its word, counted from 0
	 * @param word its word as printed ("УТВЕРЖДАЮ")
	 * @param approving whether it approves (its signatory heads the organisation) rather
	 * than agrees
	 * @param post the lines of its post and signature, without its date
	 */
	record Stamp(int paragraph, String word, boolean approving, List<Line> post) {

		Stamp {
			post = List.copyOf(post);
		}

		/** Its post and signature as one line. */
		String postText() {
			return String.join(" ", this.post.stream().map(Line::text).toList());
		}

	}

	/** The front matter of the paragraphs. */
	static TitleBlock of(List<String> paragraphs) {
		TitleBlock block = new TitleBlock();
		for (int i = 0; i < paragraphs.size(); i++) {
			for (String line : paragraphs.get(i).split("\\R")) {
				block.line(i, line);
			}
		}
		block.closeAll();
		return block;
	}

	/** Its lines of text, the stamps taken out. */
	List<Line> text() {
		return List.copyOf(this.text);
	}

	/** Its stamps in the order they open. */
	List<Stamp> stamps() {
		return List.copyOf(this.stamps);
	}

	/** Whether a line or a cell opens with a stamp's word: "УТВЕРЖДАЮ", "БЕКІТЕМІН". */
	static boolean opensStamp(String text) {
		return STAMP_WORD.matcher(FrontMatter.clean(text)).lookingAt();
	}

	/**
	 * Whether a line looks like a piece of a stamp: its word, a date alone, a signature's
	 * name alone.
	 */
	static boolean stampLike(String line) {
		String clean = FrontMatter.clean(line);
		return STAMP_WORD.matcher(clean).lookingAt() || DATE.matcher(clean).matches() || clean.matches(
				"^[\\s_]*(?:(?:\\p{Lu}\\.\\s*){1,2}\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+\\s+(?:\\p{Lu}\\.\\s*){1,2})[\\s_]*$")
				|| clean.matches("^[«»\"\\s_]*$");
	}

	private void line(int paragraph, String raw) {
		List<String> parts = parts(raw);
		if (parts.isEmpty()) {
			return;
		}
		List<String> words = new ArrayList<>();
		for (int column = 0; column < parts.size(); column++) {
			String part = parts.get(column);
			Matcher word = STAMP_WORD.matcher(part);
			if (word.lookingAt()) {
				Open stamp = new Open(paragraph, word.group(1), column, parts.size());
				// a new stamp in the same place ends the one before it
				this.open
					.removeIf((other) -> other.column == stamp.column && other.width == stamp.width && close(other));
				this.open.add(stamp);
				String rest = part.substring(word.end()).strip();
				if (!rest.isEmpty()) {
					stamp.take(paragraph, rest);
				}
				continue;
			}
			Open owner = owner(part, column, parts.size());
			if (owner != null) {
				owner.take(paragraph, part);
			}
			else {
				words.add(part);
			}
		}
		if (!words.isEmpty()) {
			this.text.add(new Line(paragraph, String.join(" ", words)));
		}
	}

	/** The parts of a line set side by side, each cleaned. */
	private static List<String> parts(String raw) {
		List<String> parts = new ArrayList<>();
		for (String part : SIDE_BY_SIDE.split(raw.strip())) {
			for (String piece : SECOND_STAMP_WORD.split(part)) {
				String clean = FrontMatter.clean(piece);
				if (!clean.isEmpty()) {
					parts.add(clean);
				}
			}
		}
		return parts;
	}

	/**
	 * The open stamp a part of a line belongs to, or null when it is text. Stamps side by
	 * side keep their places on the lines below them; a part elsewhere goes to the first
	 * stamp that takes it.
	 */
	private Open owner(String part, int column, int width) {
		for (Open stamp : List.copyOf(this.open)) {
			if (stamp.width > 1 && stamp.width == width && stamp.column != column) {
				continue;
			}
			if (stamp.takes(part)) {
				return stamp;
			}
			this.open.remove(stamp);
			close(stamp);
		}
		return null;
	}

	private boolean close(Open stamp) {
		this.stamps.add(new Stamp(stamp.paragraph, stamp.word, APPROVING.matcher(stamp.word).find(), stamp.post));
		return true;
	}

	private void closeAll() {
		this.open.forEach(this::close);
		this.open.clear();
		this.stamps.sort((a, b) -> Integer.compare(a.paragraph(), b.paragraph()));
	}

	/** A stamp being read, line by line. */
	private static final class Open {

		private final int paragraph;

		private final String word;

		private final int column;

		private final int width;

		private final List<Line> post = new ArrayList<>();

		private int lines;

		private boolean signed;

		private boolean dated;

		Open(int paragraph, String word, int column, int width) {
			this.paragraph = paragraph;
			this.word = word;
			this.column = column;
			this.width = width;
		}

		/**
		 * Whether the part belongs to this stamp: its post until the signature, then its
		 * date, an order or a seal. A plan's title, a sentence or a line past the date
		 * ends it.
		 */
		boolean takes(String part) {
			if (DATE.matcher(part).matches()) {
				this.dated = true;
				return true;
			}
			if (TAIL.matcher(part).lookingAt() && (this.signed || this.dated)) {
				return true;
			}
			if (this.dated) {
				return false;
			}
			boolean signature = SIGNATURE.matcher(part).find();
			if (this.signed && !signature) {
				return false;
			}
			boolean post = POST.matcher(part).find();
			if (!post && !signature && PLAN_WORD.matcher(part).find()) {
				return false;
			}
			if (this.lines >= MAX_STAMP_LINES || part.split(" ").length > MAX_STAMP_WORDS) {
				return false;
			}
			this.signed |= signature;
			return true;
		}

		void take(int paragraph, String part) {
			this.lines++;
			if (DATE.matcher(part).matches()) {
				this.dated = true;
			}
			else {
				this.post.add(new Line(paragraph, part));
				this.signed |= SIGNATURE.matcher(part).find();
			}
		}

	}

}
