#pragma once

#include <QtCore/qglobal.h>

#if defined(SB_CORE_STATIC)
#define SB_CORE_EXPORT
#elif defined(SB_CORE_LIBRARY)
#define SB_CORE_EXPORT Q_DECL_EXPORT
#else
#define SB_CORE_EXPORT Q_DECL_IMPORT
#endif
