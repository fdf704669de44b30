set(MODULE_SOURCES result.h clock.h)
