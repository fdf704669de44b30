set(MODULE_SOURCES logging.h logging.cpp redact.h redact.cpp)
