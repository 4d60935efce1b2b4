package vn.diemtua.generate.draft;

/** The format a file is written in. */
public enum FileFormat {
    XLSX("xlsx"),
    CSV("csv");

    private final String extension;

    FileFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
