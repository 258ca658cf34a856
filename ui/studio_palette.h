#pragma once

#include "ui/studio_settings.h"

namespace copydesk::ui {

// Applies the palette mode to the application: System keeps what the desktop (style) gives,
// Light and Dark set Fusion with a palette of our own (for machines with no desktop theme).
void applyPalette(PaletteMode mode);

}  // namespace copydesk::ui
