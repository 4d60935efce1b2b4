package vn.diemtua.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What users read, in Vietnamese and English, from {@code .properties} bundles (UTF-8). Each step
 * keeps its own bundle beside its package, e.g. {@code vn/diemtua/validation/messages}.
 */
public final class Messages {
    public static final Locale VI = Locale.forLanguageTag("vi");
    public static final Locale EN = Locale.ENGLISH;

    private final ResourceBundle vi;
    private final ResourceBundle en;

    public Messages(String baseName) {
        this.vi = ResourceBundle.getBundle(baseName, VI, Messages.class.getClassLoader(), noFallback());
        this.en = ResourceBundle.getBundle(baseName, EN, Messages.class.getClassLoader(), noFallback());
    }

    private static ResourceBundle.Control noFallback() {
        return ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    }

    public String vi(String key, Object... args) {
        return format(vi, key, args);
    }

    public String en(String key, Object... args) {
        return format(en, key, args);
    }

    public boolean has(String key) {
        return vi.containsKey(key) && en.containsKey(key);
    }

    private static String format(ResourceBundle bundle, String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No message '" + key + "' in " + bundle.getBaseBundleName()
                    + " for " + bundle.getLocale(), e);
        }
    }
}
