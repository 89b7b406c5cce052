package org.entente.detail;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.entente.notes.Note;
import org.entente.notes.NoteTarget;
import org.entente.notes.NoteText;
import org.entente.state.ViewState;
import org.entente.time.DayFormat;

/**
 * The analyst's notes on what the pane shows, under its title where they are seen first: each note with when
 * it was written, to edit or remove, and a link that opens a field to write another (Ctrl+Enter adds it).
 * Notes go to the workspace, never into the dataset, and every view that shows notes follows the view state's.
 */
final class NotesBlock {
    private NotesBlock() {
    }

    /**
     * The notes {@code shown}, and a field for one more about the target given when it is added (the time on
     * show then, for a note on a time).
     */
    static VBox of(Supplier<NoteTarget> target, List<Note> shown, String heading, ViewState state) {
        VBox box = Blocks.styled(new VBox(6), "notes-block");
        if (!shown.isEmpty()) {
            box.getChildren().add(Blocks.heading(heading));
        }
        for (Note note : shown) {
            box.getChildren().add(note(note, state));
        }
        Hyperlink open = Blocks.styled(new Hyperlink("Add a note\u2026"), "note-open");
        open.setOnAction(e -> {
            Node editor = editor("", "Write a note \u2014 it is kept in the workspace, not in the dataset", "Add note",
                    text -> state.addNote(target.get(), text));
            box.getChildren().set(box.getChildren().indexOf(open), editor);
            editor.lookup(".note-field").requestFocus();
        });
        box.getChildren().add(open);
        return box;
    }

    private static Node note(Note note, ViewState state) {
        VBox box = Blocks.styled(new VBox(2), "note");
        Hyperlink edit = Blocks.styled(new Hyperlink("Edit"), "note-edit");
        Hyperlink remove = Blocks.styled(new Hyperlink("Remove"), "note-remove");
        remove.setOnAction(e -> state.setNotes(state.getNotes().removing(note.id())));
        edit.setOnAction(e -> box.getChildren().setAll(editor(note.text(), "", "Save",
                text -> state.setNotes(state.getNotes().editing(note.id(), text)))));
        HBox meta = new HBox(6, Blocks.muted("Written " + DayFormat.dayAndTime(note.created())), edit, remove);
        if (note.target() instanceof NoteTarget.Span span) {
            // A note on a time says which, and takes the timeline there.
            Hyperlink show = Blocks.styled(new Hyperlink(NoteText.about(span, null)), "note-time");
            show.setOnAction(e -> {
                state.setWindow(span.window());
                state.setCursor(span.window().start() + span.window().span() / 2);
            });
            meta.getChildren().add(0, show);
        }
        box.getChildren().addAll(Blocks.styled(Blocks.text(note.text()), "note-text"), meta);
        return box;
    }

    /** A field and a button that hand its text over, once it holds some; Ctrl+Enter does as the button does. */
    private static Node editor(String text, String prompt, String action, Consumer<String> done) {
        TextArea field = Blocks.styled(new TextArea(text), "note-field");
        field.setPromptText(prompt);
        field.setWrapText(true);
        field.setPrefRowCount(3);
        Button button = Blocks.styled(new Button(action), "note-add");
        button.disableProperty().bind(field.textProperty().map(t -> t == null || t.isBlank()).orElse(true));
        button.setOnAction(e -> {
            if (!field.getText().isBlank()) {
                done.accept(field.getText());
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                button.fire();
            }
        });
        return new VBox(4, field, button);
    }
}
