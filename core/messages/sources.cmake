set(MODULE_SOURCES message.h)
