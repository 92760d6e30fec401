#pragma once

#include "ui_global.h"

namespace sb::ui {

// The desktop program: `servicebench [FILE.sbw] [--lang en|zh_CN] [--user NAME] [--read-only]
// [--show ID] [--grab PNG]`. --grab saves a picture of the window once it has settled and
// quits (for documentation and for checking the program on machines without a display).
SB_UI_EXPORT int runDesktop(int &argc, char **argv);

} // namespace sb::ui
