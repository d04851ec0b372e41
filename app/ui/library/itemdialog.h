#pragma once

#include "core/library.h"
#include "common/unsavededits.h"

#include <QDialog>
#include <QMap>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableView;

namespace rp {

class IngredientModel;

// Adds a library item of the clinic's own or edits any item but a red flag: names and
// descriptions in three languages, when and for whom, ingredients, sources. It checks the item
// against the same rules as the shipped content; storing is the save handler's job.
class ItemDialog : public QDialog
{
    Q_OBJECT
public:
    using SaveHandler = std::function<bool(LibraryItem &item, QString *message)>;

    ItemDialog(const LibraryItem &item, bool isNew, QWidget *parent = nullptr);
    void setSaveHandler(SaveHandler handler) { m_save = std::move(handler); }
    LibraryItem item() const { return m_item; }
    LibraryItem collect() const;

    void accept() override;
    void reject() override; // asks before throwing edits away

private:
    QWidget *createTextTab();
    QWidget *createUseTab();
    QWidget *createIngredientsTab();
    void fillSimplified();

    LibraryItem m_item;
    SaveHandler m_save;
    QLineEdit *m_name[3];
    QPlainTextEdit *m_description[3];
    QComboBox *m_kind;
    QMap<Slot, QCheckBox *> m_slots;
    QMap<Phase, QCheckBox *> m_phases;
    QMap<Constitution, QCheckBox *> m_suits;
    QMap<Tag, QCheckBox *> m_tags;
    QSpinBox *m_fromDay;
    QSpinBox *m_untilDay;
    QSpinBox *m_maxDays;
    QSpinBox *m_perWeek;
    IngredientModel *m_ingredients;
    QTableView *m_ingredientTable;
    QLineEdit *m_sources;
    QLabel *m_error;
    LibraryItem m_marked; // the item as the form first showed it
    UnsavedEdits m_unsaved{this, [this] { return collect() != m_marked; }};
};

} // namespace rp
