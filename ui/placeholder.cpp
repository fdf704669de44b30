// Placeholder so the library has a source until the views land.
namespace relais::ui {
}
