#pragma once

class QLabel;
class QWidget;

namespace rp {

// The notice shown wherever "still bleeding heavily" is set (plan settings, the plan editor):
// heavy bleeding is a red flag, never something food manages. Plain text on a visible label, not a
// tooltip; hidden until shown.
QLabel *createHeavyBleedingNotice(QWidget *parent);

} // namespace rp
