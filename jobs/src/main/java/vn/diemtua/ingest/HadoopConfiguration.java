package vn.diemtua.ingest;

import org.apache.hadoop.conf.Configuration;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * The driver's Hadoop settings (S3 endpoints, credentials providers, …) shipped to executors, so
 * that they open the input files exactly as the driver listed them.
 */
final class HadoopConfiguration implements Serializable {
    private transient Configuration configuration;

    HadoopConfiguration(Configuration configuration) {
        this.configuration = configuration;
    }

    Configuration get() {
        return configuration;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        configuration.write(out);
    }

    private void readObject(ObjectInputStream in) throws IOException {
        configuration = new Configuration(false);
        configuration.readFields(in);
    }
}
