#pragma once

#include <QString>

namespace rp {

// Screen readers hear a control by its label. Qt reads a buddy label's text with "&" taken out
// but keeps a Chinese accelerator and the colon ("英文姓名(E)："); this names every labelled
// control by its label's words alone, when its window is shown and again after a language
// switch. It also gives the app's own top-level windows that are plain widgets (the plan editor,
// the library, the guide) the window role: AT-SPI otherwise calls them "filler".
// Call once, after the QApplication is made; later calls do nothing.
void installAccessibleNames();

// A label's words as a name: "英文姓名(&E)：" → "英文姓名", "&English name:" → "English name".
QString labelWords(const QString &labelText);

} // namespace rp
