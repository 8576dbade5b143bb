package io.factcheck.analysis;

import java.util.Locale;
import java.util.Map;

/** English number words, both ways. */
public final class NumberWords {

  private static final String[] UNITS = {
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen"
  };
  private static final String[] TENS = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
  };
  private static final String[] ORDINAL_UNITS = {
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth"
  };
  private static final String[] ORDINAL_TENS = {
    "",
    "",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth"
  };

  private static final Map<String, Integer> CARDINALS = index(UNITS, TENS);
  private static final Map<String, Integer> ORDINALS = index(ORDINAL_UNITS, ORDINAL_TENS);

  private NumberWords() {}

  private static Map<String, Integer> index(String[] units, String[] tens) {
    java.util.HashMap<String, Integer> map = new java.util.HashMap<>();
    for (int i = 0; i < units.length; i++) {
      map.put(units[i], i);
    }
    for (int i = 2; i < tens.length; i++) {
      map.put(tens[i], i * 10);
    }
    return Map.copyOf(map);
  }

  /** The value of a cardinal word or hyphenated pair ("thirty-three"), or -1. */
  public static int cardinal(String word) {
    return parse(word.toLowerCase(Locale.ROOT), CARDINALS, CARDINALS);
  }

  /** The value of an ordinal word ("fourth", "thirty-third"), or -1. */
  public static int ordinal(String word) {
    return parse(word.toLowerCase(Locale.ROOT), CARDINALS, ORDINALS);
  }

  private static int parse(String word, Map<String, Integer> first, Map<String, Integer> last) {
    Integer whole = last.get(word);
    if (whole != null) {
      return whole;
    }
    int dash = word.indexOf('-');
    if (dash > 0) {
      Integer tens = first.get(word.substring(0, dash));
      Integer unit = last.get(word.substring(dash + 1));
      if (tens != null && unit != null && tens >= 20 && tens % 10 == 0 && unit > 0 && unit < 10) {
        return tens + unit;
      }
    }
    return -1;
  }

  /** A number in words when it is small enough to write so, else in digits. */
  public static String write(long n, boolean ordinal) {
    if (n < 0 || n >= 100) {
      return ordinal ? n + suffix(n) : Long.toString(n);
    }
    int v = (int) n;
    if (v < 20) {
      return ordinal ? ORDINAL_UNITS[v] : UNITS[v];
    }
    if (v % 10 == 0) {
      return ordinal ? ORDINAL_TENS[v / 10] : TENS[v / 10];
    }
    return TENS[v / 10] + "-" + (ordinal ? ORDINAL_UNITS[v % 10] : UNITS[v % 10]);
  }

  /** A number written as the text it replaces writes numbers: in words, or in digits ("4th"). */
  public static String writeLike(boolean inWords, long n, boolean ordinal) {
    if (inWords) {
      return write(n, ordinal);
    }
    return ordinal ? n + suffix(n) : Long.toString(n);
  }

  /** "st", "nd", "rd" or "th". */
  public static String suffix(long n) {
    long lastTwo = n % 100;
    if (lastTwo >= 11 && lastTwo <= 13) {
      return "th";
    }
    return switch ((int) (n % 10)) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }
}
