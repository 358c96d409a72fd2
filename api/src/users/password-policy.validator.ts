import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { passwordProblem } from './password-policy';

/** The password policy as a class-validator rule; `emailProperty` names the field holding the email, when the body has one. */
export function IsAcceptablePassword(emailProperty?: string, options?: ValidationOptions) {
  return (target: object, propertyName: string) => {
    registerDecorator({
      name: 'isAcceptablePassword',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          if (typeof value !== 'string') return false;
          const email = emailProperty ? (args.object as Record<string, unknown>)[emailProperty] : null;
          return passwordProblem(value, typeof email === 'string' ? email : null) === null;
        },
        defaultMessage(args: ValidationArguments) {
          const email = emailProperty ? (args.object as Record<string, unknown>)[emailProperty] : null;
          return typeof args.value === 'string'
            ? (passwordProblem(args.value, typeof email === 'string' ? email : null) ??
                'Choose another password')
            : 'Enter a password';
        },
      },
    });
  };
}
