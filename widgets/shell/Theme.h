#pragma once

#include "widgets/shell/AppSettings.h"

#include <QPalette>

/// Light and dark looks for the whole application (Preferences ▸ Theme), applied at once.
namespace Theme {

/// Follow the system: the style and palette the application started with. Light or dark:
/// the Fusion style (with check boxes outlined by indicatorOutline) and a light or dark
/// palette.
void apply(AppSettings::Theme theme);
/// True when the palette draws light text on a dark background where content is shown (Base
/// and Text: the citation panel, the timeline's lanes), which is what colours painted there
/// must contrast with. A platform theme may pair a light window frame with dark content.
bool isDark(const QPalette &palette);
/// The outline the light and dark themes give check boxes and radio buttons: between the
/// palette's Base and Text, at least 3:1 against Base on both palettes.
QColor indicatorOutline(const QPalette &palette);
/// The palette of the dark theme.
QPalette darkPalette();
/// The palette of the light theme, also used for paper (printed charts).
QPalette lightPalette();

} // namespace Theme
