// @peculiar/x509 needs the reflect-metadata polyfill loaded before it: import the library only through this module.
import 'reflect-metadata';

export * from '@peculiar/x509';
