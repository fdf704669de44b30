set(MODULE_SOURCES phonenumbers.h phonenumbers.cpp)
