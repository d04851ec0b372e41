#pragma once

// Helpers for tests that drive the real widgets.

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QKeySequence>
#include <QMap>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <functional>

namespace rp::test {

// Runs `step` on the modal dialog that the next action opens (exec() blocks until it closes).
inline void onNextDialog(std::function<void(QDialog *)> step)
{
    QTimer::singleShot(0, [step] {
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())));
        step(dialog);
    });
}

// Chinese arrives through an input method, as committed text (QTest::keyClicks is Latin-1 only).
inline void commitText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

// The first two texts that take the same Alt+letter ("A and B"), or empty when none do.
inline QString mnemonicClash(const QStringList &texts)
{
    QMap<QKeySequence, QString> seen;
    for (const QString &text : texts) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            continue;
        if (seen.contains(key))
            return seen.value(key) + QStringLiteral(" and ") + text;
        seen.insert(key, text);
    }
    return {};
}

inline void clickButton(QDialog *dialog, QDialogButtonBox::StandardButton which)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(box && box->button(which));
    QTest::mouseClick(box->button(which), Qt::LeftButton);
}

} // namespace rp::test
