set(MODULE_SOURCES message.h message.cpp actiontaken.h actiontaken.cpp)
