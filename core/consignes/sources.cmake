set(MODULE_SOURCES consignes.h consignesjson.h consignesjson.cpp consignesnames.h
    consignesdecoder.h consignesdecoder.cpp consignesfieldreader.h consignesencoder.h consignesencoder.cpp
    consignesvalidator.h consignesvalidator.cpp consignesdiff.h consignesdiff.cpp
    jsontree.h jsonreader.h jsonreader.cpp jsonwriter.h jsonwriter.cpp)
