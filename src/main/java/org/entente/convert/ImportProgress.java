package org.entente.convert;

/** How far a conversion has come, and whether the user has asked it to stop. */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void bytesRead(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Bytes read so far out of the total size of all inputs. */
    void bytesRead(long done, long total);

    /** Checked between rows; when true the importer stops by throwing {@link java.util.concurrent.CancellationException}. */
    boolean isCancelled();
}
