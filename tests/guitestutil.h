#pragma once

// Helpers for tests that drive the real widgets.

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
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

inline void clickButton(QDialog *dialog, QDialogButtonBox::StandardButton which)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(box && box->button(which));
    QTest::mouseClick(box->button(which), Qt::LeftButton);
}

} // namespace rp::test
