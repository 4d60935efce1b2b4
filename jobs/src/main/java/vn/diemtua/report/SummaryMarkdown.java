package vn.diemtua.report;

import java.nio.charset.StandardCharsets;

/** The conference summary as Markdown: a title, one paragraph per topic, the source line. */
public final class SummaryMarkdown {
    private SummaryMarkdown() {
    }

    public static byte[] render(ConferenceSummary.Text summary, String source) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(summary.title())).append("\n\n");
        for (String paragraph : summary.paragraphs()) {
            out.append(escape(paragraph)).append("\n\n");
        }
        out.append("---\n\n_").append(escape(source)).append("_\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Names come from data and the catalog: keep Markdown's markup characters literal. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>#|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
