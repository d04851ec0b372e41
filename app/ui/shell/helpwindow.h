#pragma once

#include "core/language.h"

#include <QHash>
#include <QSize>
#include <QWidget>

class QTextBrowser;

namespace rp {

// The user guide (docs/user-guide*.md, built into the app), opened by F1 or Help ▸ User guide.
// English screens read the English guide; Chinese screens the Chinese one, in 简体 converted from
// 繁體 by OpenCC when the screen is Simplified (its screenshots stay in 繁體).
class HelpWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HelpWindow(QWidget *parent = nullptr);

    void showGuide(Language language);
    // The guide's text as shown, for tests.
    QString text() const;
    static QString guideResource(Language language);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fitImages();
    QSize pictureSize(const QString &path);

    QTextBrowser *m_browser;
    Language m_language = Language::English;
    bool m_loaded = false;
    QHash<QString, QSize> m_pictureSizes;
};

} // namespace rp
