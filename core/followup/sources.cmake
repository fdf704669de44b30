set(MODULE_SOURCES followupitem.h followuplist.h followuplist.cpp callbackqueue.h callbackqueue.cpp
    callbackdialer.h callbackdialer.cpp sharedfollowups.h sharedfollowups.cpp)
