package io.factcheck.analysis;

/**
 * A number the text states, with what it counts.
 *
 * @param value the number
 * @param ordinal "fourth", "4th"
 * @param words written in words ("thirty-three") rather than digits
 * @param unit what follows it, lower case and singular ("day" for "44-day", "people", "time"), or
 *     empty
 * @param nextWord the word after the unit, for a second chance at alignment, or empty
 */
public record NumberMention(
    Span span, long value, boolean ordinal, boolean words, String unit, String nextWord)
    implements Mention {}
