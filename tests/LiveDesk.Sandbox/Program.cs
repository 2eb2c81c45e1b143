// placeholder, replaced by the sandbox implementation
return 0;
