// govuk-frontend ships JavaScript without type declarations: these cover what src/browser/ uses.
declare module 'govuk-frontend' {
  interface ComponentClass {
    new (...args: never[]): unknown;
    moduleName: string;
  }
  export const Button: ComponentClass;
  export const Checkboxes: ComponentClass;
  export const NotificationBanner: ComponentClass;
  export const ServiceNavigation: ComponentClass;
  export const SkipLink: ComponentClass;
  /** Starts `Component` on every element with its data-module; logs, never throws, when it cannot. */
  export function createAll(Component: ComponentClass): unknown[];
}
