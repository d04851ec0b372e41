#include "itemdialog.h"

#include "ingredientmodel.h"

#include "core/chinesescript.h"
#include "core/terms.h"
#include "patients/formhelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rp {

namespace {

// 0 on these spin boxes means "no limit".
QSpinBox *limitBox(QWidget *parent, int max, const std::optional<int> &value, const QString &none)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, max);
    box->setSpecialValueText(none);
    box->setValue(value.value_or(0));
    return box;
}

std::optional<int> limitOf(const QSpinBox *box)
{
    return box->value() == 0 ? std::nullopt : std::optional<int>(box->value());
}

} // namespace

ItemDialog::ItemDialog(const LibraryItem &item, bool isNew, QWidget *parent)
    : QDialog(parent)
    , m_item(item)
    , m_kind(new QComboBox(this))
    , m_ingredients(new IngredientModel(this))
    , m_ingredientTable(new QTableView(this))
    , m_sources(new QLineEdit(this))
    , m_error(createErrorLabel(this))
{
    setObjectName(QStringLiteral("itemDialog"));
    setWindowTitle(isNew ? tr("New library item") : tr("Edit: %1").arg(item.name.in(currentLanguage())));
    const char *codes[] = {"en", "zh-Hant", "zh-Hans"};
    for (int i = 0; i < 3; ++i) {
        m_name[i] = new QLineEdit(this);
        m_name[i]->setObjectName(QStringLiteral("name-") + QLatin1String(codes[i]));
        m_description[i] = new QPlainTextEdit(this);
        m_description[i]->setObjectName(QStringLiteral("description-") + QLatin1String(codes[i]));
        m_description[i]->setTabChangesFocus(true);
        m_description[i]->setMaximumHeight(90);
    }
    m_fromDay = limitBox(this, 42, item.fromDay, tr("any"));
    m_untilDay = limitBox(this, 42, item.untilDay, tr("any"));
    m_maxDays = limitBox(this, 42, item.maxDays, tr("no limit"));
    m_perWeek = limitBox(this, 7, item.perWeek, tr("no limit"));

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("itemTabs"));
    tabs->setAccessibleName(tr("Pages of the item"));
    tabs->addTab(createTextTab(), tr("&Names and description"));
    tabs->addTab(createUseTab(), tr("&When and for whom"));
    tabs->addTab(createIngredientsTab(), tr("&Ingredients"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    // Tab follows each page top to bottom (the fields were made before their pages).
    QList<QWidget *> chain{tabs->tabBar(), m_name[0], m_name[1], m_name[2], m_description[0], m_description[1],
        m_description[2], findChild<QPushButton *>(QStringLiteral("fillSimplified")), m_sources, m_kind, m_fromDay,
        m_untilDay, m_maxDays, m_perWeek};
    for (QCheckBox *box : tabs->widget(1)->findChildren<QCheckBox *>())
        chain << box;
    chain << m_ingredientTable << findChild<QPushButton *>(QStringLiteral("addIngredient"))
          << findChild<QPushButton *>(QStringLiteral("removeIngredient"));
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
    m_name[0]->setFocus();
    saveKey(this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ItemDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 600);
    m_marked = collect();
    m_unsaved.mark();
}

QWidget *ItemDialog::createTextTab()
{
    auto *page = new QWidget(this);
    const LocalizedText *texts[] = {&m_item.name, &m_item.description};
    const QString values[2][3]
        = {{texts[0]->en, texts[0]->hant, texts[0]->hans}, {texts[1]->en, texts[1]->hant, texts[1]->hans}};
    auto *form = new QFormLayout(page);
    const QString languages[] = {tr("English"), QStringLiteral("繁體中文"), QStringLiteral("简体中文")};
    for (int i = 0; i < 3; ++i) {
        m_name[i]->setText(values[0][i]);
        m_name[i]->setAccessibleName(tr("Name in %1").arg(languages[i]));
        form->addRow(tr("Name (%1):").arg(languages[i]), m_name[i]);
    }
    for (int i = 0; i < 3; ++i) {
        m_description[i]->setPlainText(values[1][i]);
        m_description[i]->setAccessibleName(tr("Description in %1").arg(languages[i]));
        form->addRow(tr("Description (%1):").arg(languages[i]), m_description[i]);
    }
    auto *fill = new QPushButton(tr("Fill 简体 from 繁體"), page);
    fill->setObjectName(QStringLiteral("fillSimplified"));
    fill->setToolTip(
        tr("Writes the Simplified Chinese from the Traditional, where it is empty. Read it before saving."));
    connect(fill, &QPushButton::clicked, this, &ItemDialog::fillSimplified);
    form->addRow(QString(), fill);
    m_sources->setText(m_item.sources.join(QStringLiteral(", ")));
    m_sources->setToolTip(tr("Source codes from the source key (T4, M28 …); CLINIC for the clinic's own practice."));
    form->addRow(tr("&Sources:"), m_sources);
    return page;
}

QWidget *ItemDialog::createUseTab()
{
    auto *page = new QWidget(this);
    for (ItemKind k : allValues<ItemKind>()) {
        if (k != ItemKind::RedFlag)
            m_kind->addItem(displayName(k), codeOf(k));
    }
    m_kind->setCurrentIndex(m_kind->findData(codeOf(m_item.kind)));
    m_kind->setObjectName(QStringLiteral("itemKind"));
    m_fromDay->setObjectName(QStringLiteral("fromDay"));
    m_untilDay->setObjectName(QStringLiteral("untilDay"));
    m_maxDays->setObjectName(QStringLiteral("maxDays"));
    m_perWeek->setObjectName(QStringLiteral("perWeek"));
    m_sources->setObjectName(QStringLiteral("sources"));
    m_ingredientTable->setObjectName(QStringLiteral("ingredients"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("From &day:"), m_fromDay);
    form->addRow(tr("&Until day:"), m_untilDay);
    form->addRow(tr("At &most, days in a plan:"), m_maxDays);
    form->addRow(tr("At most, &times a week:"), m_perWeek);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(checkGroup(tr("Meals"), allValues<Slot>(), m_item.mealSlots, &m_slots, page, 6));
    layout->addWidget(checkGroup(tr("Phases"), allValues<Phase>(), m_item.phases, &m_phases, page, 3));
    const QList<Constitution> constitutions{Constitution::Cold, Constitution::Heat, Constitution::Neutral};
    layout->addWidget(checkGroup(tr("Suits"), constitutions, m_item.suits, &m_suits, page, 3));
    layout->addWidget(checkGroup(tr("Not for (contraindications)"), contentTags(), m_item.tags, &m_tags, page, 2));
    layout->addStretch(1);
    return page;
}

QWidget *ItemDialog::createIngredientsTab()
{
    auto *page = new QWidget(this);
    m_ingredients->setIngredients(m_item.ingredients);
    m_ingredientTable->setModel(m_ingredients);
    m_ingredientTable->setItemDelegate(new IngredientDelegate(m_ingredientTable));
    // Tab goes on to the buttons; while a cell is edited it still moves to the next cell.
    m_ingredientTable->setTabKeyNavigation(false);
    m_ingredientTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ingredientTable->horizontalHeader()->setSectionResizeMode(IngredientModel::Name, QHeaderView::Stretch);
    m_ingredientTable->verticalHeader()->hide();
    m_ingredientTable->setAccessibleName(tr("Ingredients"));
    auto *add = new QPushButton(tr("&Add ingredient"), page);
    auto *remove = new QPushButton(tr("&Remove ingredient"), page);
    add->setObjectName(QStringLiteral("addIngredient"));
    remove->setObjectName(QStringLiteral("removeIngredient"));
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_ingredients->addRow();
        m_ingredientTable->setCurrentIndex(m_ingredients->index(row, 0));
        m_ingredientTable->edit(m_ingredients->index(row, 0));
    });
    connect(remove, &QPushButton::clicked, this,
        [this] { m_ingredients->removeRow(m_ingredientTable->currentIndex().row()); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_ingredientTable, 1);
    layout->addLayout(buttons);
    return page;
}

void ItemDialog::fillSimplified()
{
    if (m_name[2]->text().trimmed().isEmpty())
        m_name[2]->setText(toSimplified(m_name[1]->text()));
    if (m_description[2]->toPlainText().trimmed().isEmpty())
        m_description[2]->setPlainText(toSimplified(m_description[1]->toPlainText()));
}

LibraryItem ItemDialog::collect() const
{
    LibraryItem item = m_item;
    item.name = {m_name[0]->text().trimmed(), m_name[1]->text().trimmed(), m_name[2]->text().trimmed()};
    item.description = {m_description[0]->toPlainText().trimmed(), m_description[1]->toPlainText().trimmed(),
        m_description[2]->toPlainText().trimmed()};
    item.kind = fromCode<ItemKind>(m_kind->currentData().toString()).value_or(ItemKind::Dish);
    // Formulas always; a contested herb may be marked so too, and keeps the mark when edited.
    item.practitionerOnly = item.kind == ItemKind::Formula || (isFood(item.kind) && m_item.practitionerOnly);
    item.mealSlots = isFood(item.kind) ? checkedValues(m_slots) : QList<Slot>{};
    item.phases = checkedValues(m_phases);
    item.suits = checkedValues(m_suits);
    item.tags = checkedValues(m_tags);
    item.fromDay = limitOf(m_fromDay);
    item.untilDay = limitOf(m_untilDay);
    item.maxDays = limitOf(m_maxDays);
    item.perWeek = limitOf(m_perWeek);
    item.ingredients.clear();
    if (isFood(item.kind)) {
        for (const Ingredient &i : m_ingredients->ingredients()) {
            if (!i.id.isEmpty() || !i.name.isEmpty())
                item.ingredients << i;
        }
    }
    item.sources.clear();
    for (const QString &code :
        m_sources->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        item.sources << code.toUpper();
    return item;
}

void ItemDialog::accept()
{
    LibraryItem item = collect();
    LibraryItem probe = item;
    if (probe.id.isEmpty())
        probe.id = QStringLiteral("clinic-new"); // the repository gives a new item its id
    const QStringList problems = content::check(probe, content::builtInSourceCodes());
    if (!problems.isEmpty()) {
        QStringList unique = problems;
        unique.removeDuplicates();
        showError(m_error, unique.join(u'\n'));
        return;
    }
    if (m_save) {
        QString message;
        if (!m_save(item, &message)) {
            showError(m_error, message);
            return;
        }
    }
    m_item = item;
    QDialog::accept();
}

void ItemDialog::reject()
{
    if (m_unsaved.mayClose())
        QDialog::reject();
}

} // namespace rp
