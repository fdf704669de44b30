set(MODULE_SOURCES datagenerator.h datagenerator.cpp)
