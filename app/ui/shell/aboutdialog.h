#pragma once

#include <QDialog>

class QLabel;
class QTextBrowser;

namespace rp {

// Help ▸ About: the version, what the app is for and is not, where the data lives, and the
// sources every content item's codes (T4, M28…) refer to, so a printout can be traced.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const QString &databaseLocation, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_database;
    QLabel *m_header;
    QLabel *m_sourcesLabel;
    QTextBrowser *m_sources;
};

} // namespace rp
