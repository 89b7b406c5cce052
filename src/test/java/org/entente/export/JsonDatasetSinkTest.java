package org.entente.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entente.io.DatasetSink.RecordKind;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Extras;
import org.entente.model.Source;
import org.junit.jupiter.api.Test;

class JsonDatasetSinkTest {
    private static final List<RecordKind> LISTS = List.of(RecordKind.EVENT, RecordKind.ACTOR, RecordKind.SOURCE);
    private static final Actor ACTOR = new Actor("a", "A", ActorKind.STATE, List.of(), null, null, List.of(),
            Extras.NONE);
    private static final Source SOURCE = new Source("s", "S", null, null, null, null, Extras.NONE);

    @Test
    void theArraysComeInTheDeclaredOrderEachWrittenEvenWhenNoRecordCame() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        JsonDatasetSink.write(out, "T", null, LISTS, sink -> {
            sink.source(SOURCE);
            sink.end("T", null, Extras.NONE);
        });

        assertEquals("""
                {
                "format":"entente/1",
                "title":"T",
                "events":[],
                "actors":[],
                "sources":[
                {"id":"s","title":"S"}
                ]
                }
                """, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aKindThatComesBackAfterTheNextOneIsRefused() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> JsonDatasetSink.write(
                OutputStream.nullOutputStream(), "T", null, LISTS, sink -> {
                    sink.actor(ACTOR);
                    sink.source(SOURCE);
                    sink.actor(ACTOR);
                }));

        assertEquals("ACTOR records must come together, in the order [EVENT, ACTOR, SOURCE]", refused.getMessage());
    }

    @Test
    void aFileIsNeitherCutShortNorGivenAnotherTitleAtTheEndNorTakenBack() {
        OutputStream out = OutputStream.nullOutputStream();

        assertThrows(IllegalStateException.class, () -> JsonDatasetSink.write(out, "T", null, LISTS,
                sink -> sink.actor(ACTOR)));
        assertThrows(IllegalArgumentException.class, () -> JsonDatasetSink.write(out, "T", null, LISTS,
                sink -> sink.end("Other", null, Extras.NONE)));
        assertThrows(UnsupportedOperationException.class, () -> JsonDatasetSink.write(out, "T", null, LISTS,
                sink -> sink.withdraw(RecordKind.ACTOR, 0)));
    }

    @Test
    void aFailedWriteIsTheIOExceptionItWas() {
        IOException full = new IOException("disk full");
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw full;
            }
        };

        IOException thrown = assertThrows(IOException.class, () -> JsonDatasetSink.write(failing, "T", null, LISTS,
                sink -> {
                    for (int i = 0; i < 10_000; i++) {
                        sink.actor(ACTOR);
                    }
                    sink.end("T", null, Extras.NONE);
                }));

        assertEquals(full, thrown);
    }
}
