module org.example.sneaky {
  requires org.okrkit.core;
}
