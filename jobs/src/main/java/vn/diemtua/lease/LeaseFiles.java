package vn.diemtua.lease;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FSDataOutputStreamBuilder;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The lease's files under {@code <warehouse>/_writer_lease/}: per generation N, {@code N.holder}
 * (who took it, written once, only if absent), {@code N.beat} (rewritten while the holder works:
 * its time is the holder's last sign of life) and {@code N.released} (the holder is done).
 * Creating {@code N.holder} is the one step that decides between two runs: the file system lets
 * only one create it (HDFS and local disks; S3 through a conditional put where the store honours it).
 */
final class LeaseFiles {
    static final String FOLDER = "_writer_lease";
    private static final String HOLDER = ".holder";
    private static final String BEAT = ".beat";
    private static final String RELEASED = ".released";

    /** What the folder says about the newest generation. */
    record Generation(long number, Optional<LeaseHolder> holder, boolean released, Instant lastSign) {
    }

    private final FileSystem fs;
    private final Path folder;

    LeaseFiles(Configuration hadoop, String warehouseUri) {
        this.folder = new Path(warehouseUri, FOLDER);
        try {
            FileSystem found = folder.getFileSystem(hadoop);
            // The raw local disk: no checksum files, which a run reading a holder file while another
            // writes it would find out of step with it.
            this.fs = found instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : found;
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot open " + folder + ": " + e.getMessage(), e);
        }
    }

    String folder() {
        return folder.toString();
    }

    /** The newest generation, or empty if the lease was never taken on this warehouse. */
    Optional<Generation> latest() throws IOException {
        FileStatus[] files;
        try {
            files = fs.listStatus(folder);
        } catch (FileNotFoundException e) {
            return Optional.empty();
        }
        long newest = 0;
        Map<String, FileStatus> byName = new HashMap<>();
        for (FileStatus file : files) {
            String name = file.getPath().getName();
            byName.put(name, file);
            if (name.endsWith(HOLDER)) {
                newest = Math.max(newest, number(name));
            }
        }
        if (newest == 0) {
            return Optional.empty();
        }
        FileStatus holder = byName.get(name(newest, HOLDER));
        FileStatus beat = byName.get(name(newest, BEAT));
        long lastSign = Math.max(holder.getModificationTime(), beat == null ? 0 : beat.getModificationTime());
        return Optional.of(new Generation(newest, LeaseHolder.parse(read(holder.getPath())),
                byName.containsKey(name(newest, RELEASED)), Instant.ofEpochMilli(lastSign)));
    }

    /**
     * Writes {@code N.holder} unless it exists.
     *
     * @return true if this call's holder is the one in the file
     */
    boolean create(LeaseHolder holder) throws IOException {
        Path path = path(holder.generation(), HOLDER);
        String text = holder.toText();
        if (fs instanceof RawLocalFileSystem local) {
            return createLocal(local.pathToFile(path).toPath(), text);
        }
        FSDataOutputStreamBuilder<?, ?> builder = fs.createFile(path);
        builder.overwrite(false).recursive();
        // S3A turns this into If-None-Match: *, where the store honours it; others ignore the hint.
        builder.opt(Options.CreateFileOptionKeys.FS_OPTION_CREATE_CONDITIONAL_OVERWRITE, true);
        try (FSDataOutputStream out = (FSDataOutputStream) builder.build()) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Refused because the file exists (each store says so its own way), or the answer was lost.
            if (!fs.exists(path)) {
                throw e;
            }
            return text.equals(read(path));
        }
        return text.equals(read(path));
    }

    /**
     * On a local disk Hadoop's create is a check then a write: two runs racing in the same instant
     * would both succeed. Java's CREATE_NEW is the operating system's exclusive create.
     */
    private static boolean createLocal(java.nio.file.Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, text, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        }
    }

    void beat(long generation) throws IOException {
        try (FSDataOutputStream out = fs.create(path(generation, BEAT), true)) {
            out.write(Instant.now().toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    void release(long generation) throws IOException {
        try (FSDataOutputStream out = fs.create(path(generation, RELEASED), true)) {
            out.write(Instant.now().toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Deletes the files of generations before {@code keepFrom}: the folder holds the recent history only. */
    void prune(long keepFrom) throws IOException {
        for (FileStatus file : fs.listStatus(folder)) {
            String name = file.getPath().getName();
            int dot = name.indexOf('.');
            if (dot > 0 && name.substring(0, dot).chars().allMatch(Character::isDigit) && number(name) < keepFrom) {
                fs.delete(file.getPath(), false);
            }
        }
    }

    private String read(Path path) throws IOException {
        try (InputStream in = fs.open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (FileNotFoundException e) {
            return "";
        }
    }

    private Path path(long generation, String suffix) {
        return new Path(folder, name(generation, suffix));
    }

    private static String name(long generation, String suffix) {
        return String.format("%010d%s", generation, suffix);
    }

    private static long number(String name) {
        return Long.parseLong(name.substring(0, name.indexOf('.')));
    }
}
