#include "servernotice.h"

#include "storage/connectionwatch.h"

#include <QEvent>

namespace rp {

ServerNotice::ServerNotice(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("serverNotice"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setFrameShape(QFrame::StyledPanel);
    setMargin(6);
    hide();
}

void ServerNotice::follow(ConnectionWatch *watch)
{
    if (!watch)
        return;
    m_watch = watch;
    connect(watch, &ConnectionWatch::lost, this, [this] { enter(State::Lost); });
    connect(watch, &ConnectionWatch::restored, this, [this] {
        enter(State::Back);
        emit answeringAgain();
    });
    if (watch->isLost())
        enter(State::Lost);
}

bool ServerNotice::serverLost() const
{
    return m_watch && m_watch->isLost();
}

void ServerNotice::saved()
{
    if (m_state == State::Back)
        enter(State::Fine);
}

void ServerNotice::enter(State state)
{
    m_state = state;
    retranslate();
    setVisible(state != State::Fine);
}

void ServerNotice::retranslate()
{
    switch (m_state) {
    case State::Fine:
        clear();
        break;
    case State::Lost:
        setText(tr("<b>Not connected.</b> The database server does not answer (it may be restarting, or the "
                   "network is down). What you type here stays on screen. Recovery Planner connects again by "
                   "itself and says so here."));
        break;
    case State::Back:
        setText(tr("<b>Connected again.</b> The database server answers. Save when you are ready: what it "
                   "already kept is never saved twice."));
        break;
    }
    setAccessibleName(text().remove(QLatin1String("<b>")).remove(QLatin1String("</b>")));
}

void ServerNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}

} // namespace rp
