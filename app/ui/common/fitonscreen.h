#pragma once

class QWidget;

namespace rp {

// Keeps a window within its screen's free area: no wider or taller than it, and on it.
void fitOnScreen(QWidget *window);

} // namespace rp
