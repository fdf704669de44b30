set(MODULE_SOURCES message.h message.cpp actiontaken.h actiontaken.cpp
  callbackpromise.h callbackpromise.cpp
  messagecodec.h messagecodec.cpp
  messageamendment.h
  searchquery.h searchquery.cpp
  messagesearch.h messagesearch.cpp
  messageexport.h messageexport.cpp)
