set(MODULE_SOURCES
  messagerow.h messagerow.cpp
  syncserverschema.h syncserverschema.cpp
  syncstatus.h syncstatus.cpp
  syncconflict.h
  syncoutbox.h syncoutbox.cpp
  syncledger.h syncledger.cpp
  syncengine.h syncengine.cpp
  syncworker.h syncworker.cpp
  syncthread.h syncthread.cpp)
