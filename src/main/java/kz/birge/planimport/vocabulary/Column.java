package kz.birge.planimport.vocabulary;

/**
 * A column an activity plan's table may have; {@link HeaderRow} finds them by their
 * header.
 */
public enum Column {

	/** The activity's number: "№". */
	NUMBER,
	/**
	 * The project or direction the activity belongs to: "Жобалық қызметінің бағыттары".
	 */
	PROJECT,
	/** The activity's name, sometimes with its form inside: "Іс-шараның атауы". */
	TITLE,
	/** How it is held: "Өткізілу формасы", "Форма проведения". */
	FORM,
	/** What it is about, at more length than the title. */
	DESCRIPTION,
	/** Where: "Өткізілу орны". */
	PLACE,
	/** Who runs it: "Жауаптылар". */
	RESPONSIBLE,
	/** When: "Орындалу мерзімі", "Сроки проведения", "Когда". */
	DATES,
	/**
	 * When it ends, beside a {@link #DATES} column of when it begins: "Сроки" over
	 * "начало | окончание", "Аяқталуы".
	 */
	END,
	/**
	 * At what time of day, in a table that also has {@link #DATES}: "Время", "Басталу
	 * уақыты".
	 */
	TIME,
	/**
	 * Who it is for: "Қатысатындар", "Мақсатты аудитория: қатысушылар", "Какие классы",
	 * "Охват".
	 */
	AUDIENCE,
	/**
	 * What is counted, or the result expected: "Орындалу индикаторлары", "Нәтижесі",
	 * "Ожидаемый результат".
	 */
	INDICATORS,
	/** Who helps: "Серіктестер". */
	PARTNERS,
	/** The evidence of completion expected: "Орындалуы туралы мәлімет". */
	EVIDENCE,
	/** Remarks: "Ескерту", "Примечание". */
	NOTES

}
