#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace rp {

// Help ▸ About: the version, what the app is for and is not, where the data lives, and the
// sources every content item's codes (T4, M28…) refer to, so a printout can be traced; the
// app's licence and those of what it carries (Licences…).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const QString &databaseLocation, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showLicences();

    QString m_database;
    QLabel *m_header;
    QLabel *m_sourcesLabel;
    QTextBrowser *m_sources;
    QPushButton *m_licences;
};

} // namespace rp
