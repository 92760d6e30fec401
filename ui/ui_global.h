#pragma once

#include <QtCore/qglobal.h>

#if defined(SB_UI_STATIC)
#define SB_UI_EXPORT
#elif defined(SB_UI_LIBRARY)
#define SB_UI_EXPORT Q_DECL_EXPORT
#else
#define SB_UI_EXPORT Q_DECL_IMPORT
#endif
