#include "accessiblenames.h"

#include <QAccessible>
#include <QAbstractButton>
#include <QAccessibleWidget>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>

namespace rp {

namespace {

const QRegularExpression &chineseAccelerator()
{
    static const QRegularExpression pattern(QStringLiteral("\\(&[^)]\\)"));
    return pattern;
}

void nameByLabels(QWidget *window)
{
    for (QLabel *label : window->findChildren<QLabel *>()) {
        QWidget *buddy = label->buddy();
        if (!buddy)
            continue;
        const QString words = labelWords(label->text());
        if (words.isEmpty())
            continue;
        buddy->setAccessibleName(words);
        // Read through the buddy's labelled-by link too (Qt names a combo box by its choice and
        // points to this label): its words, not "體質(O)：".
        label->setAccessibleName(words);
        // A compound field (the date field) is reached through its line edit.
        if (QWidget *proxy = buddy->focusProxy())
            proxy->setAccessibleName(words);
    }
    // Tabs by their words, and the tab bar as a whole by its tab widget's name.
    for (QTabBar *bar : window->findChildren<QTabBar *>()) {
        for (int i = 0; i < bar->count(); ++i)
            bar->setAccessibleTabName(i, labelWords(bar->tabText(i)));
        if (const auto *tabs = qobject_cast<QTabWidget *>(bar->parentWidget());
            tabs && !tabs->accessibleName().isEmpty())
            bar->setAccessibleName(tabs->accessibleName());
    }
    // A button says its own words: Qt keeps a Chinese accelerator in them ("儲存(S)").
    static const char *const named = "rpNamedFromText";
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->text().contains(chineseAccelerator())) {
            button->setAccessibleName(labelWords(button->text()));
            button->setProperty(named, true);
        } else if (button->property(named).toBool()) {
            button->setAccessibleName(QString()); // back in English: Qt's own reading is right
            button->setProperty(named, false);
        }
    }
}

class Namer : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The app's every event passes here: the type first, the cheapest test.
        if (event->type() != QEvent::Show && event->type() != QEvent::LanguageChange)
            return false;
        auto *widget = qobject_cast<QWidget *>(watched);
        if (!widget || !widget->isWindow())
            return false;
        if (event->type() == QEvent::Show)
            nameByLabels(widget);
        else if (event->type() == QEvent::LanguageChange) // after the window has retranslated itself
            QTimer::singleShot(0, widget, [widget] { nameByLabels(widget); });
        return false;
    }
};

QAccessibleInterface *windowRole(const QString &className, QObject *object)
{
    static const QStringList windows{
        QStringLiteral("rp::PlanEditor"), QStringLiteral("rp::LibraryWindow"), QStringLiteral("rp::HelpWindow")};
    auto *widget = qobject_cast<QWidget *>(object);
    if (widget && widget->isWindow() && windows.contains(className))
        return new QAccessibleWidget(widget, QAccessible::Window);
    return nullptr;
}

} // namespace

QString labelWords(const QString &labelText)
{
    QString words = labelText;
    words.remove(chineseAccelerator()); // 姓名(&E)
    words.replace(QLatin1String("&&"), QStringLiteral("\u0001")).remove(u'&').replace(u'\u0001', u'&');
    words = words.trimmed();
    while (words.endsWith(u':') || words.endsWith(u'：'))
        words.chop(1);
    return words.trimmed();
}

void installAccessibleNames()
{
    static bool installed = false;
    if (installed || !qApp)
        return;
    installed = true;
    qApp->installEventFilter(new Namer(qApp));
    QAccessible::installFactory(windowRole);
}

} // namespace rp
