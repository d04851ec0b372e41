#include "changedelsewhere.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

class ChangedElsewhereText
{
    Q_DECLARE_TR_FUNCTIONS(ChangedElsewhere)
};

namespace rp {

ChangedElsewhere askAboutChangeElsewhere(QWidget *parent, const QString &what, const QString &copyMeaning)
{
    QMessageBox box(QMessageBox::Warning, ChangedElsewhereText::tr("Changed at another desk"),
        ChangedElsewhereText::tr("Someone at another desk saved %1 after you opened it, so your "
                                 "changes were not saved. Nothing has been overwritten.")
            .arg(what),
        QMessageBox::NoButton, parent);
    box.setInformativeText(ChangedElsewhereText::tr("“Show the latest” replaces what is on your screen with the "
                                                    "version saved at the other desk.\n%1")
                               .arg(copyMeaning));
    QPushButton *reload = box.addButton(ChangedElsewhereText::tr("Show the &latest"), QMessageBox::AcceptRole);
    QPushButton *copy = box.addButton(ChangedElsewhereText::tr("&Keep mine as a copy"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == reload)
        return ChangedElsewhere::Reload;
    if (box.clickedButton() == copy)
        return ChangedElsewhere::KeepCopy;
    return ChangedElsewhere::Cancel;
}

} // namespace rp
