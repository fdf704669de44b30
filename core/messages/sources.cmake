set(MODULE_SOURCES message.h message.cpp)
