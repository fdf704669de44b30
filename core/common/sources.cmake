set(MODULE_SOURCES result.h clock.h translations.h translations.cpp)
