package org.minzheng.core.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way minzheng writes a citation, in Chinese as government documents write it and in
 * English. Every rendering of a {@link Citation} or an {@link Instrument}'s reference goes through
 * it (explanations through {@code Explainer.cite}, the policy book, the CLI).
 *
 * <h2>Chinese</h2>
 * {@code 《文件名》（文号）第X条第X款第X项}:
 * <ul>
 *   <li>the title in 书名号 《》; a title quoted inside the title in 〈〉 (最高人民法院关于贯彻执行
 *       〈中华人民共和国民法通则〉若干问题的意见（试行）);</li>
 *   <li>an amendment year that ends the recorded title (（2023年修正）, （2013年修订）) outside the
 *       书名号: 《中华人民共和国慈善法》（2023年修正）;</li>
 *   <li>the document number in parentheses after the title (（民发〔2021〕57号）, a standard's
 *       number likewise: 《老年人能力评估规范》（GB/T 42195-2022）); with an amendment year, both in
 *       one parenthesis separated by ，;</li>
 *   <li>the article written without a space: 第三十一条第二款第三项 (a 项 recorded as 第（三）项 is
 *       written 第三项, as the statute book cites it); several articles 第四十七条、第四十九条;</li>
 *   <li>a passage recorded after the article (the words of the article the citation points at, a
 *       quoted sentence of a report, a paraphrase marked 转述) follows a full-width colon:
 *       {@code 第三十一条第二款：每年核查一次}; a citation that is only a passage (a report's
 *       sentence) is {@code 《…》：passage}.</li>
 * </ul>
 * An article that is a section of a document's own outline (二（四）15, 附录C C.4, 一至六) follows
 * the reference directly.
 *
 * <h2>English</h2>
 * {@code Title (document number), Art. 31, para. 2, item 3: passage}; Chinese numerals become
 * digits (第二十一、二十二条 → Arts. 21 and 22; 第二百零一条至第二百零三条 → Arts. 201 to 203);
 * the passage stays in the instrument's words; an outline section stays as written.
 */
public final class CitationFormat {

    private static final String NUM = "[零〇一二三四五六七八九十百千两0-9]+";

    /** A run of article references: 第X条, 第X款, 第（X）项, joined by 、 or 至, also 第X、Y条. */
    private static final Pattern ARTICLES =
            Pattern.compile("(?:第" + NUM + "(?:、" + NUM + ")*[条款](?:之" + NUM + ")?|第[（(]?" + NUM + "[）)]?项|[、至])+");

    /** An outline section of a document: 二（四）15, 一至六, 附录C C.4, 附录B 表B.1–B.4. */
    private static final Pattern OUTLINE =
            Pattern.compile("(?:[一二三四五六七八九十]+(?:至[一二三四五六七八九十]+)?(?:（[一二三四五六七八九十]+）)?[0-9]*|附录[A-Z]|[A-Z]\\.[0-9.]+)");

    /** A sub-section after an outline section: C.4, C.1、C.2, 表B.1–B.4. */
    private static final Pattern SUB_SECTION =
            Pattern.compile("(?:表)?[A-Z]\\.[0-9]+(?:\\.[0-9]+)*(?:[、–-](?:表)?[A-Z]\\.[0-9]+(?:\\.[0-9]+)*)*");

    /** An amendment year at the end of a recorded title. */
    private static final Pattern AMENDMENT = Pattern.compile("^(.*)（([0-9]{4}年(?:修正|修订|修正本|修订本))）$");

    private CitationFormat() {}

    // ------------------------------------------------------------------ Chinese

    /**
     * @param instrument an instrument, not null
     * @return its Chinese reference: {@code 《标题》（2023年修正，文号）}
     */
    public static String referenceZh(Instrument instrument) {
        Objects.requireNonNull(instrument, "instrument");
        String title = instrument.title().strip();
        String amendment = null;
        Matcher m = AMENDMENT.matcher(title);
        if (m.matches()) {
            title = m.group(1);
            amendment = m.group(2);
        }
        String number = instrument.documentNumber();
        String quoted = "《" + title.replace('《', '〈').replace('》', '〉') + "》";
        List<String> parts = new ArrayList<>(2);
        if (amendment != null) {
            parts.add(amendment);
        }
        if (number != null) {
            parts.add(number);
        }
        return parts.isEmpty() ? quoted : quoted + "（" + String.join("，", parts) + "）";
    }

    /**
     * @param instrument an instrument, not null
     * @param article    the article as a citation records it, may be null (the instrument as a whole)
     * @return the Chinese citation
     */
    public static String zh(Instrument instrument, String article) {
        return referenceZh(instrument) + articleZh(article);
    }

    /**
     * @param instrument an instrument, not null
     * @param articles   several articles of it, in order (duplicates and nulls dropped)
     * @return the Chinese citation of all of them: {@code 《…》第四十七条、第四十九条}, or, where one
     *         carries a passage, each after the other separated by ；
     */
    public static String zh(Instrument instrument, List<String> articles) {
        return referenceZh(instrument) + join(articles, true);
    }

    /**
     * @param article an article as a citation records it, may be null
     * @return the article as it follows the reference in Chinese: {@code 第三十一条第二款：每年核查一次},
     *         {@code ：passage}, or empty
     */
    public static String articleZh(String article) {
        Parts p = Parts.of(article);
        if (p == null) {
            return "";
        }
        String head = p.head == null ? "" : p.outline ? p.head : normaliseZh(p.head);
        if (p.passage == null) {
            return head;
        }
        // a passage that is itself a parenthesis (（26项二级指标）) follows without a colon
        return head + (p.passage.startsWith("（") && !head.isEmpty() ? "" : "：") + p.passage;
    }

    // ------------------------------------------------------------------ English

    /**
     * @param instrument an instrument, not null
     * @return its English reference: {@code Title (document number)}
     */
    public static String referenceEn(Instrument instrument) {
        Objects.requireNonNull(instrument, "instrument");
        String number = instrument.documentNumber();
        return instrument.titleEn().strip() + (number == null ? "" : " (" + number + ")");
    }

    /**
     * @param instrument an instrument, not null
     * @param article    the article as a citation records it, may be null
     * @return the English citation
     */
    public static String en(Instrument instrument, String article) {
        String a = articleEn(article);
        return referenceEn(instrument) + (a.isEmpty() ? "" : a.startsWith(":") ? a : ", " + a);
    }

    /**
     * @param instrument an instrument, not null
     * @param articles   several articles of it, in order
     * @return the English citation of all of them
     */
    public static String en(Instrument instrument, List<String> articles) {
        String a = join(articles, false);
        return referenceEn(instrument) + (a.isEmpty() ? "" : a.startsWith(":") ? a : ", " + a);
    }

    /**
     * @param article an article as a citation records it, may be null
     * @return the article in English: {@code Art. 31, para. 2: 每年核查一次}, {@code : passage}, or
     *         empty
     */
    public static String articleEn(String article) {
        Parts p = Parts.of(article);
        if (p == null) {
            return "";
        }
        String head = p.head == null ? "" : p.outline ? p.head : english(p.head);
        return p.passage == null ? head : head + ": " + p.passage;
    }

    // ------------------------------------------------------------------ a citation without its instrument

    /**
     * The citation where the instrument is not in the catalogue at hand: its id and the article.
     *
     * @param citation a citation, not null
     * @param chinese  true for Chinese
     * @return the id followed by the article
     */
    public static String unresolved(Citation citation, boolean chinese) {
        String a = chinese ? articleZh(citation.article()) : articleEn(citation.article());
        return citation.instrument() + (a.isEmpty() ? "" : chinese || a.startsWith(":") ? a : ", " + a);
    }

    // ------------------------------------------------------------------ internals

    private static String join(List<String> articles, boolean chinese) {
        List<String> distinct = new ArrayList<>();
        for (String a : articles) {
            if (a != null && !a.isBlank() && !distinct.contains(a.strip())) {
                distinct.add(a.strip());
            }
        }
        boolean passages = false;
        List<String> rendered = new ArrayList<>();
        for (String a : distinct) {
            Parts p = Parts.of(a);
            passages |= p.passage != null || p.head == null;
            rendered.add(chinese ? articleZh(a) : articleEn(a));
        }
        if (rendered.isEmpty()) {
            return "";
        }
        if (chinese) {
            return String.join(passages ? "；" : "、", rendered);
        }
        return String.join(passages ? "; " : ", ", rendered);
    }

    /** An article split into its reference (第…条…, or an outline section) and the passage after it. */
    private record Parts(String head, boolean outline, String passage) {

        static Parts of(String article) {
            if (article == null || article.isBlank()) {
                return null;
            }
            String a = article.strip();
            Matcher m = ARTICLES.matcher(a);
            if (m.lookingAt() && m.group().startsWith("第")) {
                String head = m.group();
                while (head.endsWith("、") || head.endsWith("至")) {
                    head = head.substring(0, head.length() - 1);
                }
                String rest = a.substring(head.length()).strip();
                if (rest.startsWith("：") || rest.startsWith(":")) {
                    rest = rest.substring(1).strip();
                }
                return new Parts(head, false, rest.isEmpty() ? null : rest);
            }
            int space = a.indexOf(' ');
            String first = space < 0 ? a : a.substring(0, space);
            if (OUTLINE.matcher(first).matches()) {
                String rest = space < 0 ? "" : a.substring(space + 1).strip();
                Matcher sub = SUB_SECTION.matcher(rest);
                if (sub.lookingAt()) {
                    // 附录C C.4 …: the section and its sub-section
                    first = first + " " + sub.group();
                    rest = rest.substring(sub.end()).strip();
                }
                return new Parts(first, true, rest.isEmpty() ? null : rest);
            }
            return new Parts(null, false, a);
        }
    }

    /** 第（三）项 → 第三项; 第四十七条 、 第四十九条 → 第四十七条、第四十九条. */
    private static String normaliseZh(String head) {
        return head.replaceAll("第[（(](" + NUM + ")[）)]项", "第$1项");
    }

    private static final Pattern EN_TOKEN =
            Pattern.compile("第(" + NUM + "(?:、" + NUM + ")*)([条款])(?:之(" + NUM + "))?|第[（(]?(" + NUM + ")[）)]?项|、|至");

    /** 第三十一条第二款第（三）项 → Art. 31, para. 2, item 3; 第二十一、二十二条 → Arts. 21 and 22. */
    private static String english(String head) {
        StringBuilder sb = new StringBuilder();
        Matcher m = EN_TOKEN.matcher(head);
        int at = 0;
        while (m.find()) {
            sb.append(head, at, m.start());
            at = m.end();
            String t = m.group();
            if (t.equals("、")) {
                sb.append(", ");
            } else if (t.equals("至")) {
                sb.append(" to ");
            } else if (m.group(4) != null) {
                sb.append(sb.isEmpty() || sb.toString().endsWith(" ") ? "" : ", ")
                        .append("item ")
                        .append(number(m.group(4)));
            } else {
                String[] nums = m.group(1).split("、");
                boolean article = m.group(2).equals("条");
                List<String> digits = new ArrayList<>();
                for (String n : nums) {
                    digits.add(String.valueOf(number(n)) + (m.group(3) == null ? "" : "-" + number(m.group(3))));
                }
                String label =
                        article ? (digits.size() > 1 ? "Arts. " : "Art. ") : (digits.size() > 1 ? "paras. " : "para. ");
                if (!article && !(sb.isEmpty() || sb.toString().endsWith(" "))) {
                    sb.append(", ");
                }
                sb.append(label).append(String.join(" and ", digits));
            }
        }
        sb.append(head.substring(at));
        return sb.toString();
    }

    /**
     * @param chinese a number in Chinese numerals (一百二十七, 二百零一, 十九) or digits
     * @return its value
     */
    static int number(String chinese) {
        if (chinese.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(chinese);
        }
        int total = 0;
        int digit = 0;
        for (char c : chinese.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '〇') {
                d = 0;
            } else if (c == '两') {
                d = 2;
            }
            if (d >= 0) {
                digit = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> throw new IllegalArgumentException("Not a Chinese numeral: " + chinese);
            };
            total += (digit == 0 ? 1 : digit) * unit;
            digit = 0;
        }
        return total + digit;
    }
}
