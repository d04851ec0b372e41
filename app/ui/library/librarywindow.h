#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace rp {

class LibraryModel;
class LibraryService;
struct LibraryItem;
struct StorageError;
struct LibraryEntry;

// The content library: browse and search every item in the UI's language, filter by phase,
// meal, constitution and contraindication, read an item's details and sources, add the clinic's
// own items, edit any item but a red flag, reset an edited one, hide one.
class LibraryWindow : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryWindow(LibraryService &library, QWidget *parent = nullptr);

    void reload();
    void selectItem(const QString &id);
    LibraryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTextBrowser *details() const { return m_details; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void fillFilters();
    void applyFilter();
    void showCurrent();
    void updateButtons();
    const LibraryEntry *current() const;
    void addItem();
    void editItem();
    void resetItem();
    void toggleHidden();
    void report(const QString &title, const StorageError &error);
    // The item dialog's save: stored, or why not in `message` (the dialog keeps what she typed).
    bool saveItem(LibraryItem &item, QString *message);

    LibraryService &m_library;
    LibraryModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QComboBox *m_phase;
    QComboBox *m_slot;
    QComboBox *m_constitution;
    QComboBox *m_tag;
    QCheckBox *m_showHidden;
    QTableView *m_table;
    QTextBrowser *m_details;
    QSplitter *m_splitter;
    QLabel *m_count;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_reset;
    QPushButton *m_hide;
};

} // namespace rp
