#include "datefield.h"

#include "core/datetext.h"
#include "core/language.h"
#include "formhelpers.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace rp {

DateField::DateField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_button(new QToolButton(this))
    , m_message(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("dateText"));
    m_button->setObjectName(QStringLiteral("calendarButton"));
    m_message->setObjectName(QStringLiteral("dateMessage"));
    m_button->setArrowType(Qt::DownArrow);
    m_button->setFocusPolicy(Qt::NoFocus); // Alt+Down and F4 open it from the keyboard
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    setFocusProxy(m_edit);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    row->addWidget(m_edit, 1);
    row->addWidget(m_button);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_message);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textEdited, this, &DateField::reread);
    connect(m_edit, &QLineEdit::editingFinished, this, &DateField::tidy);
    connect(m_button, &QToolButton::clicked, this, &DateField::openCalendar);
    retranslate();
}

void DateField::setAllowEmpty(bool allow, const QString &placeholder)
{
    m_allowEmpty = allow;
    m_edit->setPlaceholderText(placeholder);
    reread();
}

void DateField::setDate(const QDate &date)
{
    m_edit->setText(date.isValid() ? displayDate(date) : QString());
    reread();
}

QDate DateField::date() const
{
    return m_date;
}

QString DateField::problem() const
{
    return m_problem;
}

bool DateField::refuseIfUnread(QLabel *error)
{
    if (m_problem.isEmpty())
        return false;
    showError(error, m_problem);
    setFocus();
    return true;
}

void DateField::reread()
{
    const TypedDate typed = readTypedDate(m_edit->text());
    const QDate before = m_date;
    m_date = typed.date;
    m_problem = typed.problem;
    if (typed.empty && !m_allowEmpty)
        m_problem = tr("Type a date, such as %1.").arg(displayDate(QDate::currentDate()));
    QString message = m_problem;
    // She sees at once which date a short form became ("15/9/90" is 15 September 1990).
    if (typed.ok() && m_edit->text().trimmed() != displayDate(typed.date))
        message = tr("Reads as %1.").arg(QLocale().toString(typed.date, QLocale::LongFormat));
    const bool trouble = !m_problem.isEmpty() && !(typed.empty && !m_edit->hasFocus());
    m_message->setText(trouble || typed.ok() ? message : QString());
    m_message->setStyleSheet(trouble ? QStringLiteral("color: #8a1c1c;") : QString());
    m_message->setVisible(!m_message->text().isEmpty());
    m_edit->setAccessibleDescription(m_message->text());
    if (before != m_date)
        emit dateChanged(m_date);
}

// Once she leaves the field, a date that was read is written the app's way, so what stays on
// screen is exactly the date that will be saved. Text that could not be read stays as she typed it.
void DateField::tidy()
{
    if (m_date.isValid() && m_edit->text() != displayDate(m_date))
        m_edit->setText(displayDate(m_date));
    reread();
}

void DateField::openCalendar()
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    auto *calendar = new QCalendarWidget(menu);
    calendar->setObjectName(QStringLiteral("calendar"));
    calendar->setLocale(QLocale());
    calendar->setSelectedDate(m_date.isValid() ? m_date : QDate::currentDate());
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(calendar);
    menu->addAction(action);
    connect(calendar, &QCalendarWidget::activated, menu, [this, menu](const QDate &d) {
        setDate(d);
        menu->close();
        m_edit->setFocus();
    });
    connect(calendar, &QCalendarWidget::clicked, calendar, &QCalendarWidget::activated);
    menu->popup(m_edit->mapToGlobal(QPoint(0, m_edit->height())));
    calendar->setFocus();
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F4 || (key->key() == Qt::Key_Down && (key->modifiers() & Qt::AltModifier))) {
            openCalendar();
            return true;
        }
    }
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        reread();
    return QWidget::eventFilter(watched, event);
}

void DateField::retranslate()
{
    m_button->setToolTip(tr("Choose from a calendar (Alt+Down)"));
    m_button->setAccessibleName(tr("Calendar"));
}

void DateField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // A date that was read is rewritten in the new language; typed text stays.
        if (m_date.isValid())
            m_edit->setText(displayDate(m_date));
        reread();
    }
    QWidget::changeEvent(event);
}

} // namespace rp
