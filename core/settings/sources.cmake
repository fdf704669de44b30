set(MODULE_SOURCES settings.h)
