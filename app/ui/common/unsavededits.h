#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class QDialog;
class QWidget;

namespace rp {

// Save, throw away, or go back: what she chose when a window with edits is closed.
enum class UnsavedChoice { Save, Discard, Cancel };

// Remembers what an editing dialog's fields held when it was set up, so that Escape, Cancel and
// the window's close button ask before throwing edits away, as the plan editor does. It reads
// every line, text, combo, spin and check box of the dialog; what lives in a model (her list of
// losses) is compared by the dialog's own `extra` test.
class UnsavedEdits
{
    Q_DECLARE_TR_FUNCTIONS(rp::UnsavedEdits)
public:
    // Asks the one question every editing window asks before its edits would be lost, with
    // Alt-letters on Save and Discard and Escape meaning "keep editing".
    static UnsavedChoice ask(QWidget *parent, const QString &question);

    explicit UnsavedEdits(QDialog *dialog, std::function<bool()> extraChanged = {});
    // Takes the fields as they are now as "nothing changed" (call once the dialog is filled in).
    void mark();
    bool changed() const;
    // For the dialog's reject(): true when it may close now (nothing changed, or she chose
    // Discard). Save presses the dialog's accept(), which closes it only once the record is stored.
    bool mayClose();

private:
    QStringList state() const;

    QDialog *m_dialog;
    std::function<bool()> m_extraChanged;
    QStringList m_marked;
};

} // namespace rp
